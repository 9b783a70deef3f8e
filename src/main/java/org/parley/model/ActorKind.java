package org.parley.model;

public enum ActorKind { PERSON, COUNTRY, ORGANISATION }
