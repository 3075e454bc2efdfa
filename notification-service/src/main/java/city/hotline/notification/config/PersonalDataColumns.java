package city.hotline.notification.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import city.hotline.personaldata.ProtectedColumn;
import city.hotline.personaldata.ProtectedColumns;

/**
 * The notification service's copies of personal data, stored encrypted (see docs/personal-data.md): the
 * names and phones of workers, residents, callers and the people a broadcast names, where each message goes,
 * and the messages, which greet people by name and quote the callers' words.
 */
@Singleton
class PersonalDataColumns {

    @Produces
    @Singleton
    ProtectedColumns protectedColumns() {
        return ProtectedColumns.of(
                ProtectedColumn.encrypted("worker", "id", "name"),
                ProtectedColumn.encrypted("worker", "id", "phone"),
                ProtectedColumn.encrypted("resident", "id", "phone"),
                ProtectedColumn.encrypted("ticket_caller", "call_id", "phone"),
                ProtectedColumn.encrypted("broadcast", "id", "recipients"),
                ProtectedColumn.encrypted("notification", "id", "recipient_name"),
                ProtectedColumn.encrypted("notification", "id", "message"),
                ProtectedColumn.encrypted("delivery", "id", "address"),
                ProtectedColumn.encrypted("delivery", "id", "body"),
                ProtectedColumn.encrypted("visit_task", "id", "recipient_name"),
                ProtectedColumn.encrypted("visit_task", "id", "message"),
                ProtectedColumn.encrypted("ticket_assignee", "ticket_id", "worker_name"),
                ProtectedColumn.encrypted("gateway_message", "id", "recipient"),
                ProtectedColumn.encrypted("gateway_message", "id", "text"));
    }
}
