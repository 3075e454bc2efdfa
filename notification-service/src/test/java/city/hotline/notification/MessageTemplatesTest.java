package city.hotline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.service.MessageTemplates;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The community office rewords a message by editing a file; the next message uses it. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class MessageTemplatesTest {

    static final Map<String, Object> MODEL = Map.of("workerName", "申海雁", "ticketId", "BJ20221205-000123",
            "urgent", false, "summary", "楼道灯坏了", "acceptBy", "12月5日 12:00", "resolveBy", "12月12日 10:00");

    @Inject
    MessageTemplates templates;

    @Test
    void anEditedTemplateReplacesTheBuiltInWordingWithoutARestart() throws Exception {
        assertThat(templates.render("hotline.ticket.assigned", DeliveryChannel.WECHAT, MODEL))
                .isEqualTo("申海雁您好，您有新工单 BJ20221205-000123：楼道灯坏了。受理时限：12月5日 12:00；办结时限：12月12日 10:00。");

        Path edited = FakeReceivers.templateDirectory().resolve("hotline.ticket.assigned/WECHAT.txt");
        Files.createDirectories(edited.getParent());
        Files.writeString(edited, "【钟楼湾社区】{workerName}，工单{ticketId}请于{acceptBy}前受理。");
        try {
            assertThat(templates.render("hotline.ticket.assigned", DeliveryChannel.WECHAT, MODEL))
                    .isEqualTo("【钟楼湾社区】申海雁，工单BJ20221205-000123请于12月5日 12:00前受理。");
        } finally {
            Files.delete(edited);
        }
        assertThat(templates.render("hotline.ticket.assigned", DeliveryChannel.WECHAT, MODEL)).startsWith("申海雁您好");
    }
}
