package city.hotline.notification.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.config.NotificationConfig;
import city.hotline.notification.domain.DeliveryChannel;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * The wording of every message: one Qute template per event type and channel,
 * {@code <event type>/<CHANNEL>.txt}. A file in the configured template directory wins over the
 * built-in one of the same name and is parsed again whenever it changes, so the community office
 * rewords a message without a release.
 */
@ApplicationScoped
public class MessageTemplates {

    private static final String BUILT_IN = "notices/";

    private final Engine engine;
    private final Optional<Path> directory;
    private final ConcurrentMap<Path, Edited> edited = new ConcurrentHashMap<>();

    MessageTemplates(Engine engine, NotificationConfig config) {
        this.engine = engine;
        this.directory = config.templateDirectory();
    }

    /**
     * The message for an event type on a channel, with the model's values.
     *
     * @throws IllegalStateException when there is no template for the pair: a gap in the wording, not in the event
     */
    public String render(String eventType, DeliveryChannel channel, Map<String, Object> model) {
        return render(eventType + "/" + channel.name() + ".txt", model);
    }

    /**
     * The text of a template that is not a channel's wording, e.g. {@code reminder/DIALYSIS.txt}, the
     * message of a reminder broadcast.
     *
     * @throws IllegalStateException when there is no such template
     */
    public String render(String name, Map<String, Object> model) {
        Template template = directory.map(dir -> dir.resolve(name)).filter(Files::isRegularFile)
                .map(this::editedTemplate)
                .orElseGet(() -> engine.getTemplate(BUILT_IN + name));
        if (template == null) {
            throw new IllegalStateException("no message template " + name);
        }
        return template.data(model).render().strip();
    }

    private Template editedTemplate(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return edited.compute(file, (path, cached) -> cached != null && cached.modified.equals(modified)
                    ? cached : new Edited(modified, engine.parse(read(path)))).template;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Edited(FileTime modified, Template template) {
    }
}
