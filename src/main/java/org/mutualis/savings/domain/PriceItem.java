package org.mutualis.savings.domain;

/** An item of the catalogue that collectivités buy and offers price, e.g. a mobile plan per month. */
public record PriceItem(ItemTheme theme, String label, PriceUnit unit) {}
