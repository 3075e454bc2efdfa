package city.hotline.registry.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;

import city.hotline.events.EventType;
import city.hotline.events.ServiceDirectoryPublished;
import city.hotline.messaging.Outbox;
import city.hotline.registry.domain.ServiceDirectory;
import city.hotline.registry.domain.ServiceLine;
import city.hotline.registry.repository.CommunityRepository;
import city.hotline.registry.repository.ServiceDirectoryRepository;

/** Keeps each community's service directory (便民卡), replaced as a whole and published when it changes. */
@ApplicationScoped
@Transactional
public class ServiceDirectories {

    private final CommunityRepository communities;
    private final ServiceDirectoryRepository directories;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    ServiceDirectories(CommunityRepository communities, ServiceDirectoryRepository directories, Outbox outbox) {
        this.communities = communities;
        this.directories = directories;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ServiceDirectory> of(String communityCode) {
        requireCommunity(communityCode);
        return directories.findByIdOptional(communityCode);
    }

    /** Replaces the community's directory; the same card again changes nothing and tells nobody. */
    public ServiceDirectory publish(String communityCode, @Valid ServiceDirectoryForm form) {
        requireCommunity(communityCode);
        ServiceDirectory directory = directories.findByIdOptional(communityCode).orElseGet(() -> {
            ServiceDirectory created = new ServiceDirectory();
            created.communityCode = communityCode;
            return created;
        });
        ServiceDirectoryPublished before = directory.updatedAt == null ? null : directory.published();
        directory.lines.clear();
        for (ServiceDirectoryForm.Line line : form.lines()) {
            ServiceLine entry = new ServiceLine();
            entry.kind = line.kind();
            entry.name = line.name();
            entry.phone = line.phone();
            entry.hours = line.hours();
            entry.note = line.note();
            directory.lines.add(entry);
        }
        ServiceDirectoryPublished after = directory.published();
        if (!after.equals(before)) {
            directory.updatedAt = Instant.now(clock);
            directories.persist(directory);
            outbox.publish(EventType.SERVICE_DIRECTORY_PUBLISHED, communityCode, communityCode, after);
        }
        return directory;
    }

    private void requireCommunity(String communityCode) {
        if (communities.findByIdOptional(communityCode).isEmpty()) {
            throw new NotFoundException("no community has the code " + communityCode);
        }
    }
}
