package city.hotline.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
class ResidentCsvImportTest {

    private static final String HEADER = "compound,building,unit,door,name,gender,phone,age_band,tags,"
            + "preferred_channel,contact_consent,share_consent\n";

    @TestHTTPResource("/api/communities/110101098004/residents")
    URI importUri;

    @BeforeEach
    void community() {
        TestPlaces.community("110101098003", "导入测试社区", "广立南区", "9号楼", "10号楼");
        TestPlaces.community("110101098004", "导入错误社区", "广立南区", "9号楼");
    }

    @Test
    void aGoodFileIsImportedAndImportingItAgainChangesNothing() {
        String file = HEADER
                + "广立南区,9号楼,2单元,502,赵建设,MALE,13800005021,ADULT,,WECHAT,true,false\n"
                + "广立南区,9号楼,2单元,502,赵小明,MALE,,CHILD,CHILD,WECHAT,true,false\n"
                + "广立南区,10号楼,,101,\"钱,桂兰\",FEMALE,010-64051234,ELDER,ELDERLY_ALONE|NO_SMARTPHONE,DOOR_VISIT,是,否\n";

        importCsv("110101098003", file, false).then().statusCode(200)
                .body("rows", equalTo(3)).body("created", equalTo(3)).body("rejected", hasSize(0));
        importCsv("110101098003", file, false).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3));

        given().when().get("/api/residents?community=110101098003&tag=NO_SMARTPHONE")
                .then().statusCode(200)
                .body("items.address", contains("广立南区/10号楼 101"))
                .body("items.phone", contains("010****1234"));
        given().when().get("/api/residents?community=110101098003&building=广立南区/9号楼")
                .then().body("total", equalTo(2));
    }

    @Test
    void badRowsAreReportedByLineAndTheFileIsNotWrittenUnlessPartialIsAsked() {
        String file = HEADER
                + "广立南区,9号楼,,301,孙好人,MALE,13800003011,ADULT,,PHONE,true,true\n"
                + "广立南区,99号楼,,302,周无楼,MALE,13800003021,ADULT,,PHONE,true,true\n"
                + "广立南区,9号楼,,303,吴错号,FEMALE,12345,ADULT,,PHONE,true,true\n"
                + "广立南区,9号楼,,304,郑错标签,FEMALE,13800003041,ADULT,VIP,PHONE,true,true\n"
                + "广立南区,9号楼,,301,孙好人,MALE,13800003011,ADULT,,PHONE,true,true\n";

        importCsv("110101098004", file, false).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("line 3", "line 4", "line 5", "line 6"));
        given().when().get("/api/residents?community=110101098004").then().body("total", equalTo(0));

        importCsv("110101098004", file, true).then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", hasSize(4))
                .body("rejected.line", contains(3, 4, 5, 6));
        given().when().get("/api/residents?community=110101098004").then().body("total", equalTo(1));
    }

    @Test
    void aWrongHeaderAnOverlongLineOrAnOversizedFileIsRefusedAndNothingIsWritten() throws Exception {
        importCsv("110101098004", "name,phone\n孙好人,13800003011\n", false)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("header"));
        importCsv("110101098004", HEADER + "广立南区,9号楼,,401," + "长".repeat(5_000) + ",MALE,,ADULT,,PHONE,true,true\n",
                false)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("line 2"));
        OversizedUpload tooLarge = OversizedUpload.post(importUri, 10L * 1024 * 1024);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.head()).containsIgnoringCase("Content-Type: application/problem+json");
        importCsv("110109999999", HEADER, false).then().statusCode(404).contentType("application/problem+json");

        given().when().get("/api/residents?community=110101098004&building=广立南区/9号楼")
                .then().body("items.address", org.hamcrest.Matchers.not(hasItem("广立南区/9号楼 401")))
                .body("items.address", org.hamcrest.Matchers.not(hasItem("广立南区/9号楼 402")));
    }

    private static io.restassured.response.Response importCsv(String community, String file, boolean partial) {
        return given().contentType("text/csv; charset=UTF-8").body(file)
                .when().post("/api/communities/{code}/residents?partial={p}", community, partial);
    }
}
