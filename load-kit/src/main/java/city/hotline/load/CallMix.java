package city.hotline.load;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The calls operators take, in the proportions of the project's labelled calls (types, urgencies and topics), of
 * which a stated share is about a matter another caller reported a little earlier and the rest about new matters.
 *
 * <p>The intake gives a call the open ticket of the same matter (same community, building and category) when there is
 * one. A new matter here names a building of its community that no earlier call of the generator named, so it cannot
 * meet an open ticket however long the run, whatever its rate or number of communities; a repeated matter is an
 * earlier complaint's or request's text at the same address, from another phone, so the classifier gives it the same
 * category and the intake joins it to that call's ticket. Which type and urgency a text gets is the classifier's
 * decision, and whether a consultation is answered on the call the intake's: the run reports what they decided.
 */
public final class CallMix {

    /**
     * Calls about a matter already reported, of all calls. No source at hand counts them: the news reports give no
     * figure, and the labelled calls are single calls, though about 30 of their 203 complaints and requests say the
     * matter had been raised before (with 12345, the property company or a utility), one in seven; as complaints and
     * requests are half of the calls, that is 7–8 % of all calls. An assumption, to be replaced by a city's own
     * figure (the share of its work orders merged as duplicates).
     */
    public static final double DEFAULT_REPEAT_SHARE = 0.08;
    /** Repeated matters are drawn from the last this many new complaints and requests. */
    private static final int RECENT_MATTERS = 1_000;
    /** Registered buildings beyond the calls planned: a community drawn more often than others still has new ones. */
    private static final double BUILDING_MARGIN = 1.25;
    private static final int UNITS = 6;
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final List<LabelledCall> LABELLED = LabelledCall.shipped();

    private final List<String> communityCodes;
    private final Map<String, Integer> communityIndex = new LinkedHashMap<>();
    private final int[] buildingsUsed;
    private final int buildingsPerCommunity;
    /** The chance that a complaint or request repeats a recent matter: the repeat share over their share of calls. */
    private final double repeatOfAction;
    private final SplittableRandom random;
    private final List<Matter> recent = new ArrayList<>();
    private int nextRecent;

    /** A matter as a caller gives it: where, and what. */
    private record Matter(String communityCode, String address, String text) {
    }

    /**
     * @param buildingsPerCommunity buildings each community has registered ({@link #buildingsFor})
     * @param repeatShare           share of calls about a recent matter, between 0 and the labelled calls' share of
     *                              complaints and requests
     */
    public CallMix(List<String> communityCodes, int buildingsPerCommunity, double repeatShare, long seed) {
        double actionShare = highestRepeatShare();
        if (repeatShare < 0 || repeatShare > actionShare) {
            throw new IllegalArgumentException("A repeat share between 0 and %.3f (the complaints' and requests' share), not %s"
                    .formatted(actionShare, repeatShare));
        }
        this.communityCodes = List.copyOf(communityCodes);
        for (int i = 0; i < this.communityCodes.size(); i++) {
            communityIndex.put(this.communityCodes.get(i), i);
        }
        this.buildingsUsed = new int[communityCodes.size()];
        this.buildingsPerCommunity = buildingsPerCommunity;
        this.repeatOfAction = repeatShare / actionShare;
        this.random = new SplittableRandom(seed);
    }

    /** Only complaints and requests are repeated: the highest repeat share is their share of the labelled calls. */
    public static double highestRepeatShare() {
        return LABELLED.stream().filter(LabelledCall::asksForAction).count() / (double) LABELLED.size();
    }

    /**
     * Buildings each community needs registered so that {@code calls} calls spread over them all find a new building
     * for every new matter.
     */
    public static int buildingsFor(long calls, int communities) {
        return (int) Math.ceil(calls * BUILDING_MARGIN / communities) + 1;
    }

    /** The body of POST /api/calls for the call the {@code sequence}-th arrival brings, received at the given time. */
    public Map<String, Object> call(long sequence, OffsetDateTime receivedAt) {
        LabelledCall drawn = LABELLED.get(random.nextInt(LABELLED.size()));
        if (drawn.asksForAction() && !recent.isEmpty() && random.nextDouble() < repeatOfAction) {
            return body(recent.get(random.nextInt(recent.size())), sequence, receivedAt);
        }
        int start = random.nextInt(communityCodes.size());
        for (int i = 0; i < communityCodes.size(); i++) {
            int community = (start + i) % communityCodes.size();
            if (buildingsUsed[community] < buildingsPerCommunity) {
                return body(newMatter(community, drawn), sequence, receivedAt);
            }
        }
        throw new IllegalStateException("Every building of the " + communityCodes.size()
                + " communities has had its matter: register more buildings (buildingsFor)");
    }

    /** A call about a new matter in one given community: the warm-up calls each community once. */
    public Map<String, Object> callInto(String community, long sequence, OffsetDateTime receivedAt) {
        int index = communityIndex.get(community);
        if (buildingsUsed[index] >= buildingsPerCommunity) {
            throw new IllegalStateException("Every building of " + community + " has had its matter");
        }
        return body(newMatter(index, LABELLED.get(random.nextInt(LABELLED.size()))), sequence, receivedAt);
    }

    private Matter newMatter(int community, LabelledCall call) {
        int building = ++buildingsUsed[community];
        Matter matter = new Matter(communityCodes.get(community),
                CommunityTree.address(building, 1 + random.nextInt(UNITS)), call.text());
        if (call.asksForAction()) {
            if (recent.size() < RECENT_MATTERS) {
                recent.add(matter);
            } else {
                recent.set(nextRecent, matter);
                nextRecent = (nextRecent + 1) % RECENT_MATTERS;
            }
        }
        return matter;
    }

    private static Map<String, Object> body(Matter matter, long sequence, OffsetDateTime receivedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", matter.text());
        body.put("callerPhone", "138%08d".formatted(sequence % 100_000_000));
        body.put("communityCode", matter.communityCode());
        body.put("receivedAt", receivedAt.withOffsetSameInstant(BEIJING).toString());
        body.put("address", matter.address());
        return body;
    }
}
