package city.hotline.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class WorkerCsvImportTest {

    private static final String HEADER = "name,role,title,phone,buildings,duties,on_duty\n";
    private static final String GOOD = "110101098031";
    private static final String BAD = "110101098032";

    @TestHTTPResource("/api/communities/110101098032/workers")
    URI importUri;

    @BeforeEach
    void communities() {
        TestPlaces.community(GOOD, "花名册社区", "东四二条11号院", "1号楼", "2号楼");
        TestPlaces.community(BAD, "花名册错误社区", "东四二条11号院", "1号楼");
    }

    @Test
    void aGoodRosterIsImportedAndImportingItAgainChangesNothing() {
        String file = HEADER
                + "楼长导入,BUILDING_HEAD,1号楼楼长,13800003101,东四二条11号院/1号楼,GATEKEEPER|investigator,\n"
                + "网格员导入,GRID_WORKER,网格员,010-64053102,东四二条11号院/1号楼|东四二条11号院/2号楼,,是\n"
                + "志愿者导入,VOLUNTEER,,,,PURCHASER,false\n";

        importCsv(GOOD, file, false).then().statusCode(200)
                .body("rows", equalTo(3)).body("created", equalTo(3)).body("rejected", hasSize(0));
        importCsv(GOOD, file, false).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));

        given().when().get("/api/workers?community={c}&building=东四二条11号院/2号楼", GOOD)
                .then().statusCode(200).body("items.name", contains("网格员导入"));
        given().when().get("/api/workers?community={c}&role=BUILDING_HEAD", GOOD)
                .then().body("items[0].duties", containsInAnyOrder("GATEKEEPER", "INVESTIGATOR"))
                .body("items[0].phone", equalTo("138****3101"));
        given().when().get("/api/workers?community={c}&onDuty=false", GOOD)
                .then().body("items.name", contains("志愿者导入"));

        importCsv(GOOD, file.replace("网格员,010-64053102", "网格长,010-64053102"), false).then().statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(2));
    }

    @Test
    void badRowsAreReportedByLineAndTheRosterIsNotWrittenUnlessPartialIsAsked() {
        String file = HEADER
                + "好社工,COMMUNITY_WORKER,社工,13800003201,东四二条11号院/1号楼,HOTLINE_DUTY,true\n"
                + "无楼社工,COMMUNITY_WORKER,社工,13800003202,东四二条11号院/9号楼,,true\n"
                + "错角色,MAYOR,,13800003203,,,true\n"
                + "错号码,VOLUNTEER,,12345,,,true\n"
                + "错职责,VOLUNTEER,,,,DANCER,true\n"
                + "好社工,COMMUNITY_WORKER,社工,13800003201,,,true\n"
                + ",VOLUNTEER,,,,,true\n";

        importCsv(BAD, file, false).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("line 3", "line 4", "line 5", "line 6", "line 7", "line 8"));
        given().when().get("/api/workers?community={c}&role=COMMUNITY_WORKER", BAD)
                .then().body("items.name", org.hamcrest.Matchers.not(hasItem("好社工")));

        importCsv(BAD, file, true).then().statusCode(200)
                .body("created", equalTo(1)).body("rejected.line", contains(3, 4, 5, 6, 7, 8));
        given().when().get("/api/workers?community={c}&role=COMMUNITY_WORKER", BAD)
                .then().body("items.name", hasItem("好社工"));
    }

    @Test
    void aWrongHeaderIsRefusedAndABodyOverTheLimitIsAProblemToo() throws Exception {
        importCsv(BAD, "name,phone\n张三,13800003301\n", false)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("header"));
        importCsv("110109999999", HEADER, false).then().statusCode(404).contentType("application/problem+json");

        OversizedUpload tooLarge = OversizedUpload.post(importUri, 5L * 1024 * 1024);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.head()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(tooLarge.body()).contains("\"status\":413").contains("larger than 4194304 bytes");
    }

    private static io.restassured.response.Response importCsv(String community, String file, boolean partial) {
        return given().contentType("text/csv; charset=UTF-8").body(file)
                .when().post("/api/communities/{code}/workers?partial={p}", community, partial);
    }
}
