package city.hotline.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class FlightRecordingTest {

    @Test
    void noRecordingUnlessADirectoryIsGiven() {
        assertEquals(List.of(), FlightRecording.jvmOptions(Service.HOTLINE_INTAKE, null));
        assertEquals(List.of(), FlightRecording.jvmOptions(Service.HOTLINE_INTAKE, " "));
    }

    @Test
    void eachServiceRecordsIntoAFileOfItsOwnWrittenWhenItStops() {
        Path directory = Path.of("/tmp/recordings");
        assertEquals(List.of("-XX:StartFlightRecording=name=stack,settings=profile,dumponexit=true,filename="
                        + directory.resolve("hotline-intake.jfr")),
                FlightRecording.jvmOptions(Service.HOTLINE_INTAKE, directory.toString()));
        assertEquals(List.of("-XX:StartFlightRecording=name=stack,settings=profile,dumponexit=true,filename="
                        + directory.resolve("dispatch-service.jfr")),
                FlightRecording.jvmOptions(Service.DISPATCH_SERVICE, directory.toString()));
    }
}
