package city.hotline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the whole machine was, from Linux's /proc/stat and /proc/loadavg: beside the stack's own CPU it shows how
 * much other processes took, which a shared machine makes a large part of any figure.
 *
 * @param busySeconds CPU seconds spent outside idle and iowait on all cores since boot
 */
record MachineLoad(long nanoTime, double busySeconds, String loadAverage) {

    private static final double TICKS_PER_SECOND = 100;

    static MachineLoad now() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            // cpu user nice system idle iowait irq softirq steal ...: all but idle (4) and iowait (5), up to steal.
            for (int field = 1; field <= 8; field++) {
                if (field != 4 && field != 5) {
                    busy += Long.parseLong(cpu[field]);
                }
            }
            String load = Files.readString(Path.of("/proc/loadavg")).trim();
            return new MachineLoad(System.nanoTime(), busy / TICKS_PER_SECOND,
                    load.substring(0, load.lastIndexOf(' ', load.lastIndexOf(' ') - 1)));
        } catch (IOException e) {
            return new MachineLoad(System.nanoTime(), 0, "unknown");
        }
    }

    /** Cores busy on average between this reading and a later one. */
    double coresBusyUntil(MachineLoad later) {
        return (later.busySeconds - busySeconds) / ((later.nanoTime - nanoTime) / 1e9);
    }
}
