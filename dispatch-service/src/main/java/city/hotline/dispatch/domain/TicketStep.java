package city.hotline.dispatch.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One step in the history of a ticket. */
@Entity
@Table(name = "ticket_step")
public class TicketStep {

    /**
     * Drawn from a sequence fifty at a time, so that a ticket's steps are inserted at the flush in one JDBC batch
     * rather than one statement each as they are recorded (which an identity column forces). Each replica holds its
     * own block of fifty, so ids do not follow the order of steps across replicas: the history is ordered by
     * {@link #at} first.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_step_seq")
    @SequenceGenerator(name = "ticket_step_seq", sequenceName = "ticket_step_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id")
    public Ticket ticket;

    public OffsetDateTime at;

    public String action;

    public String note;
}
