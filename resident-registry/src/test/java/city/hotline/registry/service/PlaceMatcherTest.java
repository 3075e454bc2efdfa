package city.hotline.registry.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import city.hotline.registry.service.PlaceMatcher.Level;
import city.hotline.registry.service.PlaceMatcher.Match;
import city.hotline.registry.service.PlaceMatcher.Place;

class PlaceMatcherTest {

    private static final List<Place> PLACES = List.of(
            new Place("110101004001", "钟楼湾社区", "钟库胡同1号院", "钟库胡同1号院/整院"),
            new Place("110101006001", "东四二条社区", "东四二条11号院", "东四二条11号院/1号楼"),
            new Place("110101006001", "东四二条社区", "东四二条11号院", "东四二条11号院/2号楼"),
            new Place("110101006001", "东四二条社区", "东四二条13号院", "东四二条13号院/1号楼"),
            new Place("130703007001", "南新村社区", "广立南区", "广立南区/9号楼"),
            new Place("130703007001", "南新村社区", "广立南区", "广立南区/10号楼"));

    @Test
    void aBuildingNamedInTheTextIsTheBestMatch() {
        Match best = PlaceMatcher.match("张家口桥西区广立南区9号楼502室没有暖气", PLACES, 5).get(0);

        assertThat(best.level()).isEqualTo(Level.BUILDING);
        assertThat(best.building()).isEqualTo("广立南区/9号楼");
        assertThat(best.communityCode()).isEqualTo("130703007001");
    }

    @Test
    void aCompoundNamedAloneIsMatchedAsTheCompoundNotOneOfItsBuildings() {
        List<Match> matches = PlaceMatcher.match("东四二条11号院", PLACES, 5);

        assertThat(matches.get(0).level()).isEqualTo(Level.COMPOUND);
        assertThat(matches.get(0).compound()).isEqualTo("东四二条11号院");
        assertThat(matches.get(0).building()).isNull();
        assertThat(matches).extracting(Match::compound).doesNotContain("东四二条13号院");
    }

    @Test
    void aCourtyardWithNoNamedBuildingsGivesItsOnlyBuilding() {
        Match best = PlaceMatcher.match("钟库胡同1号院魏先生", PLACES, 5).get(0);

        assertThat(best.level()).isEqualTo(Level.COMPOUND);
        assertThat(best.building()).isEqualTo("钟库胡同1号院/整院");
    }

    @Test
    void aCommunityIsFoundWithOrWithoutTheWordCommunity() {
        assertThat(PlaceMatcher.match("钟楼湾社区", PLACES, 5).get(0).communityCode()).isEqualTo("110101004001");
        assertThat(PlaceMatcher.match("我是钟楼湾的", PLACES, 5).get(0).level()).isEqualTo(Level.COMMUNITY);
    }

    @Test
    void fullWidthDigitsAndSpacesDoNotMatter() {
        assertThat(PlaceMatcher.match("广立南区 ９号楼", PLACES, 5).get(0).building()).isEqualTo("广立南区/9号楼");
    }

    @Test
    void partOfANameStillFindsItAndUnrelatedTextFindsNothing() {
        assertThat(PlaceMatcher.match("钟库胡同", PLACES, 5).get(0).compound()).isEqualTo("钟库胡同1号院");
        assertThat(PlaceMatcher.match("朝阳公园", PLACES, 5)).isEmpty();
    }
}
