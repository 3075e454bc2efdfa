package city.hotline.registry.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import city.hotline.registry.domain.AgeBand;
import city.hotline.registry.domain.ContactChannel;
import city.hotline.registry.domain.Gender;
import city.hotline.registry.domain.VulnerabilityTag;
import city.hotline.registry.service.ResidentForm;

/**
 * Makes up households and residents so that a community holds the figures an article gives (金晖远洋社区:
 * 1,472 households). Every name ends in （生成）, every phone number is in the unassigned-looking
 * block 170xxxxxxxx, and the same input always gives the same people, so loading twice changes
 * nothing. The mix of ages, tags and channels is fixed by the household's number, not random.
 */
final class GeneratedResidents {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"};

    /** Households of a 号楼 per unit (单元): 6 floors of 3 doors. */
    private static final int DOORS_PER_UNIT = 18;

    private static final String WHOLE_COMPOUND = "整院";

    private GeneratedResidents() {
    }

    /**
     * @param buildings      the community's buildings, as {@code compound/building}, in a fixed order
     * @param households     how many households to make
     * @param residents      how many residents, spread evenly over the households (at least one each)
     * @param phoneBlock     a number unique to the community, the 4th and 5th digits of its phone numbers
     * @param compoundFigures the households of the compounds an article gives a figure for (广立南区: 298),
     *                        made in that compound's buildings; the others are spread over the rest
     */
    static List<ResidentForm> of(String communityCode, List<String> buildings, int households, int residents,
            int phoneBlock, Map<String, Integer> compoundFigures) {
        List<ResidentForm> forms = new ArrayList<>(residents);
        int perHousehold = residents / households;
        int withOneMore = residents % households;
        List<String> homes = homes(buildings, households, compoundFigures);
        Map<String, Integer> inBuilding = new HashMap<>();
        int sequence = 0;
        for (int k = 0; k < households; k++) {
            String building = homes.get(k);
            int index = inBuilding.merge(building, 1, Integer::sum) - 1;
            boolean courtyard = building.endsWith("/" + WHOLE_COMPOUND);
            String unit = courtyard ? "" : (index / DOORS_PER_UNIT + 1) + "单元";
            String door = courtyard ? String.valueOf(index + 1)
                    : String.valueOf((index % DOORS_PER_UNIT / 3 + 1) * 100 + index % 3 + 1);
            int size = Math.max(1, perHousehold + (k < withOneMore ? 1 : 0));
            for (int j = 0; j < size; j++) {
                AgeBand age = ageBand(k, j);
                Set<VulnerabilityTag> tags = EnumSet.noneOf(VulnerabilityTag.class);
                if (age == AgeBand.CHILD) {
                    tags.add(VulnerabilityTag.CHILD);
                }
                if (age == AgeBand.ELDER && size == 1) {
                    tags.add(VulnerabilityTag.ELDERLY_ALONE);
                }
                if (age == AgeBand.ELDER && k % 5 == 0) {
                    tags.add(VulnerabilityTag.NO_SMARTPHONE);
                }
                if (k % 37 == 0 && age != AgeBand.CHILD) {
                    tags.add(VulnerabilityTag.CHRONIC_CARE);
                }
                if (k % 53 == 0) {
                    tags.add(VulnerabilityTag.DISABLED);
                }
                ContactChannel channel = tags.contains(VulnerabilityTag.NO_SMARTPHONE) ? ContactChannel.DOOR_VISIT
                        : age == AgeBand.ADULT || age == AgeBand.CHILD ? ContactChannel.WECHAT : ContactChannel.PHONE;
                String phone = age == AgeBand.CHILD ? null : "170%02d%06d".formatted(phoneBlock, sequence++);
                forms.add(new ResidentForm(communityCode, building, unit, door,
                        SURNAMES[(k * 7 + j) % SURNAMES.length] + "某" + (j + 1) + "（生成）",
                        (k + j) % 2 == 0 ? Gender.MALE : Gender.FEMALE, phone, age, tags, channel,
                        true, k % 4 != 0, List.of()));
            }
        }
        return forms;
    }

    /** The building of each household: first the compounds with a figure, then round-robin over the rest. */
    private static List<String> homes(List<String> buildings, int households, Map<String, Integer> compoundFigures) {
        List<String> homes = new ArrayList<>(households);
        List<String> others = new ArrayList<>(buildings);
        for (Map.Entry<String, Integer> figure : new TreeMap<>(compoundFigures).entrySet()) {
            List<String> own = buildings.stream().filter(name -> name.startsWith(figure.getKey() + "/")).toList();
            if (own.isEmpty() || homes.size() + figure.getValue() > households) {
                throw new IllegalStateException("compound " + figure.getKey() + " cannot hold " + figure.getValue()
                        + " of the community's " + households + " households");
            }
            for (int k = 0; k < figure.getValue(); k++) {
                homes.add(own.get(k % own.size()));
            }
            others.removeAll(own);
        }
        List<String> rest = others.isEmpty() ? buildings : others;
        for (int k = 0; homes.size() < households; k++) {
            homes.add(rest.get(k % rest.size()));
        }
        return homes;
    }

    /** Roughly the city's mix: 12% children, half adults, a quarter 60-79, one in eight 80 and over. */
    private static AgeBand ageBand(int household, int member) {
        int slot = (household * 31 + member * 17) % 100;
        if (slot < 12) {
            return member == 0 ? AgeBand.ADULT : AgeBand.CHILD;
        }
        if (slot < 62) {
            return AgeBand.ADULT;
        }
        return slot < 87 ? AgeBand.SENIOR : AgeBand.ELDER;
    }
}
