package city.hotline.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.hotline.intake.service.StatisticsLevel;
import city.hotline.intake.service.TrendReport;
import city.hotline.intake.service.TrendReport.CategoryTrend;
import city.hotline.intake.service.TrendReport.PlaceTrend;

/** The CSV every statistics answer is written with, as a spreadsheet will read it. */
class CsvTest {

    @Test
    void aFileStartsWithTheByteOrderMarkAndEndsItsLinesWithCrLf() {
        assertThat(new Csv().line(List.of("code", "name")).line(List.of("110101004001", "钟楼湾社区")).toString())
                .isEqualTo("\uFEFFcode,name\r\n110101004001,钟楼湾社区\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndNullIsEmpty() {
        assertThat(line("王芳, 社工", "她说\"有事找社区\"", "第一行\n第二行", "回车\r", null, "平常"))
                .isEqualTo("\"王芳, 社工\",\"她说\"\"有事找社区\"\"\",\"第一行\n第二行\",\"回车\r\",,平常");
    }

    @Test
    void aTextASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(line("=1+1", "+8613800001234", "-表扬", "@SUM(A1)", "\t=1", "\r=1"))
                .isEqualTo("'=1+1,'+8613800001234,'-表扬,'@SUM(A1),'\t=1,\"'\r=1\"");
        assertThat(line("=HYPERLINK(\"http://example.com\",\"点这里\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点这里\"\")\"");
        assertThat(line("表扬=感谢", "2022-12-05")).isEqualTo("表扬=感谢,2022-12-05");
    }

    @Test
    void aNegativeNumberStaysANumber() {
        assertThat(line(-3L, -0.25, 7)).isEqualTo("-3,-0.25,7");
        String trends = TrendCsv.write(new TrendReport("2022-W48", 5, List.of(new PlaceTrend(StatisticsLevel.STREET,
                "110101004000", "安定门街道", List.of(new CategoryTrend("HEATING", 2, 5.5, -3.5, 0.3636)), List.of()))));
        assertThat(trends.lines().skip(1))
                .containsExactly("2022-W48,STREET,110101004000,安定门街道,top,1,HEATING,2,5.5,-3.5,0.3636");
    }

    /** One line of the values, without the byte-order mark and line end. */
    private static String line(Object... values) {
        String file = new Csv().line(Arrays.asList(values)).toString();
        return file.substring(1, file.length() - 2);
    }
}
