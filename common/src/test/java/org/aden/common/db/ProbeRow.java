package org.aden.common.db;

public record ProbeRow(int id, String name) {}
