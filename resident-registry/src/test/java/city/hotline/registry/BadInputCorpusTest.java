package city.hotline.registry;

import static io.restassured.RestAssured.given;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import city.hotline.testkit.BadInputCorpus;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every endpoint that takes a body, sent the bad-input corpus: refused cleanly, or kept as sent. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class BadInputCorpusTest {

    private static final String COMMUNITY = "110101098301";

    @Inject
    DataSource database;

    @Test
    void everyBadInputIsRefusedCleanlyAndStoresNothing() {
        TestPlaces.community(COMMUNITY, "坏输入测试社区", "钟库胡同1号院", "整院", "2号楼");
        String resident = created("/api/residents", RESIDENT, "id");
        String worker = created("/api/workers", WORKER, "id");
        String zone = created("/api/control-zones", ZONE, "zone.zoneId");

        BadInputCorpus.of("resident-registry", database)
                .example("POST /api/residents", RESIDENT.replace("魏建国", "魏小红"))
                .example("PUT /api/residents/{id}", RESIDENT)
                .example("POST /api/workers", WORKER.replace("卢海文", "王海文"))
                .example("PUT /api/workers/{id}", WORKER)
                .example("PUT /api/workers/{id}/duty", "{\"onDuty\": false}")
                .example("POST /api/control-zones", ZONE)
                .example("PUT /api/control-zones/{id}", ZONE)
                .example("PUT /api/communities/{code}/service-directory", """
                        {"lines": [{"kind": "GAS_CYLINDER", "name": "燃气服务热线", "phone": "96777", "hours": "24小时"},
                          {"kind": "VEGETABLES", "name": "蔬菜保供点", "phone": "13800019001"}]}""")
                .example("PUT /api/places", """
                        {"cities": [{"code": "110100000000", "name": "北京市", "districts": [
                          {"code": "110101000000", "name": "东城区", "streets": [
                            {"code": "110101098000", "name": "测试街道", "communities": [
                              {"code": "%s", "name": "坏输入测试社区", "households": 120, "residents": 300,
                               "compounds": [{"name": "钟库胡同1号院", "buildings": ["整院", "2号楼"]}],
                               "workers": [{"name": "值班社工", "role": "COMMUNITY_WORKER", "title": "社区值班",
                                            "phone": "13800009001", "buildings": []}]}]}]}]}]}""".formatted(COMMUNITY))
                .example("POST /api/communities/{code}/residents", """
                        compound,building,unit,door,name,gender,phone,age_band,tags,preferred_channel,contact_consent,share_consent
                        钟库胡同1号院,2号楼,2单元,502,赵建设,MALE,13800005021,ADULT,ELDERLY_ALONE,WECHAT,true,false
                        """)
                .example("POST /api/communities/{code}/workers", """
                        name,role,title,phone,buildings,duties,on_duty
                        楼长导入,BUILDING_HEAD,2号楼楼长,13800003101,钟库胡同1号院/2号楼,GATEKEEPER,true
                        """)
                .pathValue("code", COMMUNITY)
                .pathValue("PUT /api/residents/{id}", "id", () -> resident)
                .pathValue("PUT /api/workers/{id}", "id", () -> worker)
                .pathValue("PUT /api/workers/{id}/duty", "id", () -> worker)
                .pathValue("PUT /api/control-zones/{id}", "id", () -> zone)
                .run();
    }

    /** The records the PUTs change; the POSTs' examples are others, as a record is registered once. */
    private static String created(String path, String body, String id) {
        return given().contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path(id);
    }

    private static final String RESIDENT = """
            {"communityCode": "%s", "building": "钟库胡同1号院/整院", "door": "101",
             "name": "魏建国", "gender": "MALE", "phone": "13812345678", "ageBand": "SENIOR",
             "tags": ["DIALYSIS", "ELDERLY_ALONE"], "preferredChannel": "PHONE",
             "contactConsent": true, "shareConsent": true,
             "needs": [{"kind": "DIALYSIS", "days": ["MONDAY", "WEDNESDAY", "FRIDAY"], "atTime": "17:30",
                        "place": "北京市第六医院", "note": "闭环转运"}]}""".formatted(COMMUNITY);

    private static final String WORKER = """
            {"communityCode": "%s", "name": "卢海文", "role": "BUILDING_HEAD", "title": "楼长",
             "phone": "13800008002", "buildings": ["钟库胡同1号院/2号楼"], "duties": ["HOTLINE_DUTY", "INVESTIGATOR"]}"""
            .formatted(COMMUNITY);

    private static final String ZONE = """
            {"communityCode": "%s", "name": "钟库胡同封控区", "kind": "LOCKDOWN",
             "buildings": ["钟库胡同1号院/整院"], "startsAt": "2022-05-14T00:00:00+08:00",
             "endsAt": "2022-05-28T00:00:00+08:00"}""".formatted(COMMUNITY);
}
