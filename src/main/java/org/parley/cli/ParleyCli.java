package org.parley.cli;
public class ParleyCli { public static void main(String[] a) { } }
