package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.intake.repository.CallRepository;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A 311 client files a request through GeoReport v2 and follows it. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class Open311Test {

    static final String COMMUNITY = "110101099007";

    @Inject
    CommunityViewRepository communities;

    @Inject
    CallRepository calls;

    @BeforeAll
    static void registryAnnouncesTheCommunity() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(
                COMMUNITY, "美术馆后街社区", "110101099000", "景山街道", "110101000000", "东城区", "110100000000", "北京市"));
    }

    @Test
    void discoveryAndServicesDescribeTheEndpoint() {
        given().when().get("/open311/v2/discovery.json")
                .then().statusCode(200).body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"));
        given().when().get("/open311/v2/services.json")
                .then().statusCode(200).body("service_code", hasItem("heating"));
        given().when().get("/open311/v2/services/heating.json")
                .then().statusCode(200).body("service_code", equalTo("heating"));
        given().when().get("/open311/v2/services/nothing.json")
                .then().statusCode(404).body("[0].code", equalTo(404));
    }

    @Test
    void aRequestFiledIsFoundByIdByTokenAndInTheList() {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(COMMUNITY).isPresent()));
        String id = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("api_key", "test-311-key")
                .formParam("service_code", "heating")
                .formParam("description", "美术馆后街社区22号院的暖气坏了三天了，打物业电话没人接，我要投诉物业不作为")
                .formParam("address_string", "美术馆后街社区22号院")
                .formParam("phone", "13500000001")
                .formParam("first_name", "张")
                .when().post("/open311/v2/requests.json")
                .then().statusCode(201)
                .body("[0].service_request_id", notNullValue())
                .extract().path("[0].service_request_id");

        given().when().get("/api/calls/" + id).then().statusCode(200)
                .body("channel", equalTo("OPEN311"))
                .body("category", equalTo("HEATING"))
                .body("ticketId", notNullValue());
        given().when().get("/open311/v2/requests/" + id + ".json")
                .then().statusCode(200)
                .body("[0].service_request_id", equalTo(id))
                .body("[0].service_code", equalTo("heating"))
                .body("[0].status", equalTo("open"))
                .body("[0].agency_responsible", equalTo(COMMUNITY))
                .body("[0].description", equalTo("美术馆后街社区22号院的暖气坏了三天了，打物业电话没人接，我要投诉物业不作为"));
        given().when().get("/open311/v2/tokens/" + id + ".json")
                .then().statusCode(200).body("[0].service_request_id", equalTo(id));
        given().when().get("/open311/v2/requests.json?service_code=heating&status=open")
                .then().statusCode(200).body("service_request_id", hasItem(id));
        given().when().get("/open311/v2/requests.json?service_request_id=" + id)
                .then().statusCode(200).body("[0].service_request_id", equalTo(id));
    }

    @Test
    void aClientSpeakingXmlFilesAndFollowsARequestInGeoReportsXmlForm() {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(COMMUNITY).isPresent()));
        given().when().get("/open311/v2/discovery.xml")
                .then().statusCode(200).contentType(ContentType.XML)
                .body("discovery.endpoints.endpoint.formats.format", hasItem("text/xml"));
        given().when().get("/open311/v2/services.xml")
                .then().statusCode(200).contentType(ContentType.XML)
                .body("services.service.service_code", hasItem("heating"))
                .body("services.service.find { it.service_code == 'heating' }.service_name", equalTo("供暖"));
        given().when().get("/open311/v2/services/heating.xml")
                .then().statusCode(200).body("service_definition.service_code", equalTo("heating"));

        String id = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("api_key", "test-311-key")
                .formParam("service_code", "sanitation")
                .formParam("description", "美术馆后街社区22号院门口的垃圾三天没人清运了，味道很大")
                .formParam("address_string", "美术馆后街社区22号院")
                .when().post("/open311/v2/requests.xml")
                .then().statusCode(201).contentType(ContentType.XML)
                .extract().xmlPath().getString("service_requests.request.service_request_id");
        assertThat(id).isNotBlank();

        given().when().get("/open311/v2/requests/" + id + ".xml")
                .then().statusCode(200).contentType(ContentType.XML)
                .body("service_requests.request.service_request_id", equalTo(id))
                .body("service_requests.request.service_code", equalTo("sanitation"))
                .body("service_requests.request.status", equalTo("open"));
        given().when().get("/open311/v2/requests.xml?service_request_id=" + id)
                .then().statusCode(200).body("service_requests.request.service_request_id", equalTo(id));
        given().when().get("/open311/v2/services/nothing.xml")
                .then().statusCode(404).contentType(ContentType.XML)
                .body("errors.error.code", equalTo("404"))
                .body("errors.error.description", containsString("nothing"));
    }

    @Test
    void badRequestsAreAnsweredInOpen311sErrorFormatAndNothingIsStored() {
        long before = QuarkusTransaction.requiringNew().call(() -> calls.count());
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("api_key", "test-311-key").formParam("description", "路灯坏了")
                .formParam("address_string", "美术馆后街")
                .when().post("/open311/v2/requests.json")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("[0].code", equalTo(400))
                .body("[0].description", equalTo("service_code is required"));
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("api_key", "wrong").formParam("service_code", "heating").formParam("description", "暖气不热")
                .formParam("address_string", "美术馆后街")
                .when().post("/open311/v2/requests.json")
                .then().statusCode(403).body("[0].code", equalTo(403));
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("api_key", "test-311-key").formParam("service_code", "heating")
                .formParam("address_string", "美术馆后街")
                .when().post("/open311/v2/requests.json")
                .then().statusCode(400).body("[0].description", containsString("description"));
        given().when().get("/open311/v2/requests.json?start_date=yesterday")
                .then().statusCode(400).body("[0].code", equalTo(400));
        given().when().get("/open311/v2/requests/nothing.json")
                .then().statusCode(404).body("[0].code", equalTo(404));
        assertThat(QuarkusTransaction.requiringNew().call(() -> calls.count())).isEqualTo(before);
    }
}
