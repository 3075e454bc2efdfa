package city.hotline.intake.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import city.hotline.events.Category;

/** 知识库条目: a policy answer for callers' consultations, valid for a period. */
@Entity
public class PolicyAnswer {

    @Id
    public UUID id;

    /** The question as operators know it, e.g. "超市还查核酸吗". */
    public String question;

    public String answer;

    /** The category the answer belongs to; null for any. */
    @Enumerated(EnumType.STRING)
    public Category category;

    /** Words of a call's text (normalised) that make the answer fit; one is enough, more fit better. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "policy_answer_keyword", joinColumns = @JoinColumn(name = "answer_id"))
    @Column(name = "keyword")
    public List<String> keywords = new ArrayList<>();

    /** First day (Beijing time) the answer is current. */
    public LocalDate validFrom;

    /** Last day it is current; null while no end is known. */
    public LocalDate validUntil;

    public OffsetDateTime updatedAt;
}
