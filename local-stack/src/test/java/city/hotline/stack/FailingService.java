package city.hotline.stack;

/** Stands in for a service that cannot start. */
public final class FailingService {

    private FailingService() {
    }

    public static void main(String[] args) {
        System.out.println("Failed to start application: no datasource");
        System.exit(3);
    }
}
