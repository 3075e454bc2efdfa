package city.hotline.registry.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import city.hotline.events.ServiceDirectoryPublished;

/** 便民卡: a community's numbers for gas cylinders, repairs, vegetables, elderly meals, medicine, emergencies. */
@Entity
public class ServiceDirectory {

    @Id
    public String communityCode;

    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_line", joinColumns = @JoinColumn(name = "community_code"))
    @OrderColumn(name = "position")
    public List<ServiceLine> lines = new ArrayList<>();

    public ServiceDirectoryPublished published() {
        return new ServiceDirectoryPublished(communityCode, lines.stream()
                .map(line -> new ServiceDirectoryPublished.Line(line.kind.name(), line.name, line.phone, line.hours))
                .toList());
    }
}
