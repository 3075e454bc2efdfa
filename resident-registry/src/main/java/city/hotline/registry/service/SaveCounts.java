package city.hotline.registry.service;

/** How many entries a batch save (an import, the demo data) created, changed and found as they were. */
public record SaveCounts(int created, int updated, int unchanged) {
}
