package city.hotline.registry.service;

/** What an import changed: entries new or different from what the registry held. */
public record ImportSummary(int communitiesChanged, int workersChanged) {
}
