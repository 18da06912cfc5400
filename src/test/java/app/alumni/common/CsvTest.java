package app.alumni.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** CSV as spreadsheets read it: quoting, CRLF, a byte-order mark, formulas defused. */
class CsvTest {

    @Test
    void quotesWhatNeedsQuotingAndEndsRowsWithCrLf() {
        byte[] bytes = new Csv().row(List.of("id", "名前")).row(Arrays.asList("1", "a,b", "say \"hi\"", "two\nlines", null)).toBytes();
        assertThat(Arrays.copyOfRange(bytes, 0, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFid,名前\r\n1,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void defusesFormulas() {
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+81 3")).isEqualTo("'+81 3");
        assertThat(Csv.cell("-5")).isEqualTo("'-5");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(Csv.cell("田中")).isEqualTo("田中");
    }
}
