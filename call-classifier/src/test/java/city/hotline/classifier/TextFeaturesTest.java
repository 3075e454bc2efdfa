package city.hotline.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TextFeaturesTest {

    final TextFeatures features = new TextFeatures();

    @Test
    void fullWidthCharactersAndLatinAreFoldedAndNumbersBecomeZeroButEmergencyNumbersStay() {
        assertThat(TextFeatures.normalise("３号楼ＡＢ，12层，打了120")).isEqualTo("0号楼ab,0层,打了120");
    }

    @Test
    void aTextHasItsWordsTheirPairsItsCharacterBigramsAndCharacters() {
        Set<String> found = features.of("电梯坏了");
        assertThat(found).contains("w:电梯", "c:电梯", "c:梯坏", "u:电", "u:梯");
        assertThat(found).anyMatch(feature -> feature.startsWith("ww:电梯_"));
    }

    @Test
    void punctuationIsNoWord() {
        assertThat(features.of("停水了！！！？")).noneMatch(feature -> feature.contains("！") || feature.contains("!"));
    }

    @Test
    void buildingNumbersDoNotMatterButTheWordsDo() {
        assertThat(features.of("3号楼停水了")).isEqualTo(features.of("12号楼停水了"));
    }

    @Test
    void phrasingLeavesOutSingleCharacters() {
        assertThat(TextFeatures.phrasing(features.of("电梯坏了"))).noneMatch(feature -> feature.startsWith("u:"))
                .contains("w:电梯", "c:电梯");
    }

    @Test
    void englishIsSegmentedToo() {
        assertThat(features.of("The heating is broken")).contains("w:heat");
    }
}
