package city.hotline.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import city.hotline.events.EventJson;
import city.hotline.events.WorkerRegistered;

/** The worker event gained {@code duties} at its end; readers of either version must keep working. */
class WorkerEventCompatibilityTest {

    @Test
    void anEventWithoutDutiesReadsAsNoDuties() {
        WorkerRegistered read = EventJson.read("""
                {"workerId":"5f0c0000-0000-0000-0000-000000000001","communityCode":"110101004001","name":"申海雁",
                 "role":"SECRETARY","title":"书记","phone":"13800001001","buildings":[],"onDuty":true}
                """, WorkerRegistered.class);

        assertThat(read.duties()).isEmpty();
        assertThat(read.onDuty()).isTrue();
    }

    @Test
    void dutiesTravelAndUnknownFieldsAreIgnored() {
        WorkerRegistered sent = new WorkerRegistered("id", "110101006001", "吴丽", "BUILDING_HEAD", "楼长",
                "13800001010", List.of("东四二条11号院/1号楼"), false, List.of("HOTLINE_DUTY"));

        String json = EventJson.write(sent);
        WorkerRegistered read = EventJson.read(json.replace("}", ",\"shift\":\"night\"}"), WorkerRegistered.class);

        assertThat(read).isEqualTo(sent);
    }
}
