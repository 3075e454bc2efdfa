package city.hotline.dispatch.service;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import city.hotline.database.RarelyChanged;
import city.hotline.dispatch.config.DeadlineConfig;
import city.hotline.dispatch.domain.DeadlinePolicySetting;
import city.hotline.dispatch.domain.DeadlineRules;
import city.hotline.dispatch.domain.DeadlineRules.Window;
import city.hotline.dispatch.domain.DeadlineRules.WorkingHours;
import city.hotline.dispatch.domain.TimeLimit;
import city.hotline.dispatch.repository.DeadlinePolicySettingRepository;
import city.hotline.events.Category;
import city.hotline.web.InvalidInputException;

/**
 * The deadline rules in force: the ones set through the API, else the configured ones. Rules are
 * checked before they are stored, and the configured ones when the service starts, so that a
 * deadline is never computed from nonsense. Every ticket's deadlines are counted by them, so each
 * replica keeps a copy ({@link RarelyChanged}): rules put in force through this replica count from the
 * next deadline on, through another replica within {@code hotline.dispatch.deadlines.reread-after} (5 s).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class DeadlineSettings {

    private final DeadlinePolicySettingRepository settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final DeadlineRules configured;
    private final RarelyChanged<DeadlineRules> inForce;

    DeadlineSettings(DeadlinePolicySettingRepository settings, ObjectMapper json, Clock clock, DeadlineConfig config,
            TransactionSynchronizationRegistry transactions) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.configured = validated(fromConfig(config));
        this.inForce = new RarelyChanged<>(this::stored, config.rereadAfter(), transactions);
    }

    /** The rules in force. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeadlineRules current() {
        return inForce.get();
    }

    /** The configured rules, which apply while none are set through the API. */
    public DeadlineRules configured() {
        return configured;
    }

    /** Puts new rules in force; deadlines already set stay, the next ones are counted by these. */
    public DeadlineRules replace(DeadlineRules rules) {
        validated(rules);
        DeadlinePolicySetting setting = settings.findByIdOptional(DeadlinePolicySetting.ONLY)
                .orElseGet(DeadlinePolicySetting::new);
        try {
            setting.rules = json.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("deadline rules cannot be written as JSON", e);
        }
        setting.updatedAt = OffsetDateTime.now(clock);
        settings.persist(setting);
        inForce.changing();
        return rules;
    }

    /** Back to the configured rules. */
    public DeadlineRules reset() {
        settings.deleteById(DeadlinePolicySetting.ONLY);
        inForce.changing();
        return configured;
    }

    private DeadlineRules stored() {
        return settings.findByIdOptional(DeadlinePolicySetting.ONLY).map(this::read).orElse(configured);
    }

    private DeadlineRules read(DeadlinePolicySetting setting) {
        try {
            return json.readValue(setting.rules, DeadlineRules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored deadline rules are not readable", e);
        }
    }

    /** The rules themselves, or an {@link InvalidInputException} naming the first field that makes no sense. */
    static DeadlineRules validated(DeadlineRules rules) {
        WorkingHours hours = rules.workingHours();
        require(hours != null, "workingHours", "is missing");
        require(hours.days() != null && !hours.days().isEmpty(), "workingHours.days", "needs at least one working day");
        require(hours.start() != null, "workingHours.start", "is missing");
        require(hours.end() != null, "workingHours.end", "is missing");
        require(hours.start().isBefore(hours.end()), "workingHours.end", "must be after workingHours.start");
        LocalTime night = hours.nightStarts();
        require(night != null, "workingHours.nightStarts", "is missing");
        require(!night.isBefore(hours.end()), "workingHours.nightStarts", "must not be before workingHours.end");
        window(rules.urgent(), "urgent");
        window(rules.normal(), "normal");
        limit(rules.complexResolve(), "complexResolve");
        if (rules.categories() != null) {
            rules.categories().forEach((category, window) -> window(window, "categories." + category));
        }
        return rules;
    }

    private static void window(Window window, String field) {
        require(window != null, field, "is missing");
        limit(window.accept(), field + ".accept");
        limit(window.resolve(), field + ".resolve");
        limit(window.escalateEvery(), field + ".escalateEvery");
        require(window.counted() != null, field + ".counted", "is missing: CLOCK or WORKING_TIME");
    }

    private static void limit(String text, String field) {
        try {
            TimeLimit.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    private static void require(boolean holds, String field, String message) {
        if (!holds) {
            throw new InvalidInputException(field, message);
        }
    }

    private static DeadlineRules fromConfig(DeadlineConfig config) {
        DeadlineConfig.WorkingHours hours = config.workingHours();
        Map<Category, Window> categories = new EnumMap<>(Category.class);
        config.categories().forEach((name, window) -> categories.put(Category.valueOf(name), window(window)));
        WorkingHours workingHours = new WorkingHours(EnumSet.copyOf(hours.days()), hours.start(), hours.end(),
                hours.nightStarts());
        return new DeadlineRules(workingHours, window(config.urgent()), window(config.normal()),
                config.complexResolve(), categories);
    }

    private static Window window(DeadlineConfig.Window window) {
        return new Window(window.accept(), window.resolve(), window.escalateEvery(), window.counted());
    }
}
