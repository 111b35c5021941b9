package org.unioncat.api.cli;

public final class UnionCatMain {
  private UnionCatMain() {}

  public static void main(String[] args) {
    System.out.println("unioncat");
  }
}
