/**
 * The web interface under {@code /ui}: server-rendered Thymeleaf pages in English and Chinese for
 * catalogers, vendors and the union catalog center. Controllers stay thin; each page's model is
 * built by a small service of its feature package ({@code record}, {@code center}, {@code check},
 * {@code library}) that can be tested without a browser. Every visible string comes from
 * {@code messages_en.properties} / {@code messages_zh_CN.properties}.
 */
package org.unioncat.api.web;
