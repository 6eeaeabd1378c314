package org.mutualis.savings.domain;

/**
 * A saving over time, each amount with its formula. Monthly and per-copy items save per month and
 * per year (× 12); one-off items save once; yearly fees save per year (÷ 12 per month).
 */
public record SavingAmounts(
        SavingFigure perMonth, SavingFigure perYear, SavingFigure oneOff, SavingFigure overContract) {}
