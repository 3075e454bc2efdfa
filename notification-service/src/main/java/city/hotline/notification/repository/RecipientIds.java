package city.hotline.notification.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.personaldata.BlindIndex;

/**
 * How a person a broadcast names, known by no id of the registry, is named in a notification's recipient
 * id: by the blind index of their phone ({@code phone:<index>}), or by their building and the blind index
 * of their name for a door visit ({@code visit:<compound/building>/<index>}); never by the number or the
 * name itself, which the id is stored and searched beside in clear. A search for {@code phone:<number>}
 * finds them under every configured index key.
 */
@ApplicationScoped
public class RecipientIds {

    private static final String PHONE = "phone:";

    private final BlindIndex blindIndex;

    RecipientIds(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

    public String ofPhone(String phone) {
        return PHONE + blindIndex.ofPhone(phone);
    }

    public String ofVisit(String building, String name) {
        return "visit:" + building + "/" + (name == null || name.isBlank() ? "" : blindIndex.ofName(name));
    }

    /** The stored recipient ids a search means: a phone number as its index under each key, anything else as given. */
    List<String> lookups(String recipient) {
        if (recipient.startsWith(PHONE) && !recipient.substring(PHONE.length()).isBlank()) {
            return blindIndex.phoneLookups(recipient.substring(PHONE.length())).stream()
                    .map(index -> PHONE + index).toList();
        }
        return List.of(recipient);
    }
}
