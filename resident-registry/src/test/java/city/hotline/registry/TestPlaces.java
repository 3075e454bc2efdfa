package city.hotline.registry;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Puts a small community into the registry through its import, as a test's starting point. */
final class TestPlaces {

    private TestPlaces() {
    }

    /** A community under 东四街道 with one compound of the given buildings and one duty worker. */
    static void community(String code, String name, String compound, String... buildings) {
        String buildingList = String.join("\", \"", buildings);
        given().contentType(ContentType.JSON).body("""
                {"cities": [{"code": "110100000000", "name": "北京市", "districts": [
                  {"code": "110101000000", "name": "东城区", "streets": [
                    {"code": "110101098000", "name": "测试街道", "communities": [
                      {"code": "%s", "name": "%s", "households": null, "residents": null,
                       "compounds": [{"name": "%s", "buildings": ["%s"]}],
                       "workers": [{"name": "值班社工", "role": "COMMUNITY_WORKER", "title": "社区值班",
                                    "phone": "13800009001", "buildings": []}]}
                    ]}]}]}]}
                """.formatted(code, name, compound, buildingList))
                .when().put("/api/places")
                .then().statusCode(200);
    }
}
