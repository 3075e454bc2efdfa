package city.hotline.testkit;

/** The management interface of {@link DatabaseSwitch}; JMX requires it public and named after the class. */
public interface DatabaseSwitchMBean {

    void stopDatabase();

    void startDatabase();
}
