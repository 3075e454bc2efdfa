package city.hotline.intake.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import city.hotline.events.Category;
import city.hotline.intake.domain.PolicyAnswer;
import city.hotline.intake.repository.PolicyAnswerRepository;
import city.hotline.web.InvalidInputException;

/**
 * The knowledge base of policy answers, and which answer fits a consultation: among the answers
 * current on the day the call was received (Beijing time), of its category or of none, the one
 * with most of its keywords in the text, the latest valid first on a tie.
 */
@ApplicationScoped
@Transactional
public class PolicyAnswers {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PolicyAnswerRepository answers;

    PolicyAnswers(PolicyAnswerRepository answers) {
        this.answers = answers;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PolicyAnswer> fitting(String text, Category category, OffsetDateTime receivedAt) {
        String normalised = PlaceNames.normalise(text);
        LocalDate day = receivedAt.atZoneSameInstant(CHINA).toLocalDate();
        return answers.current(day, category).stream()
                .filter(answer -> keywordsIn(answer, normalised) > 0)
                .max(Comparator.comparingLong((PolicyAnswer answer) -> keywordsIn(answer, normalised))
                        .thenComparing(answer -> answer.validFrom));
    }

    private static long keywordsIn(PolicyAnswer answer, String normalisedText) {
        return answer.keywords.stream().filter(keyword -> normalisedText.contains(keyword)).count();
    }

    public PolicyAnswer create(PolicyAnswerInput input) {
        PolicyAnswer answer = new PolicyAnswer();
        answer.id = UUID.randomUUID();
        apply(input, answer);
        answers.persist(answer);
        return answer;
    }

    public PolicyAnswer update(UUID id, PolicyAnswerInput input) {
        PolicyAnswer answer = find(id);
        apply(input, answer);
        return answer;
    }

    public void delete(UUID id) {
        answers.delete(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyAnswer find(UUID id) {
        return answers.findByIdOptional(id).orElseThrow(() -> new NotFoundException("no answer has the id " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PolicyAnswer> all() {
        return answers.all();
    }

    private static void apply(PolicyAnswerInput input, PolicyAnswer answer) {
        if (input.validUntil() != null && input.validUntil().isBefore(input.validFrom())) {
            throw new InvalidInputException("validUntil", "the answer would end before it starts");
        }
        answer.question = input.question().strip();
        answer.answer = input.answer().strip();
        answer.category = input.category();
        answer.keywords.clear();
        input.keywords().stream().map(PlaceNames::normalise).distinct().forEach(answer.keywords::add);
        answer.validFrom = input.validFrom();
        answer.validUntil = input.validUntil();
        answer.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
