package city.hotline.registry.domain;

/** How strict a control zone is. */
public enum ControlKind {
    /** 封控区: nobody leaves their home; everything is brought to the door. */
    LOCKDOWN,
    /** 管控区: nobody leaves the compound. */
    CONTROLLED
}
