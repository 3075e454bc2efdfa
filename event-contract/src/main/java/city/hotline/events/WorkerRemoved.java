package city.hotline.events;

/** A worker removed from the registry: route no more tickets to them. */
public record WorkerRemoved(String workerId, String communityCode) {
}
