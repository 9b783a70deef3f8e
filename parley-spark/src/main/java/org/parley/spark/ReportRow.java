package org.parley.spark;

import java.io.Serializable;

/**
 * One contact report, a row of the job's reports table (a Spark bean: a no-argument constructor and properties).
 * It lets a cluster's users count and filter reports without loading the quads.
 */
public class ReportRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String report;
    private String article;
    private String locator;
    private String type;
    private String date;
    private String place;
    private String participants;
    private boolean background;

    public ReportRow() {
    }

    ReportRow(String report, String article, String locator, String type, String date, String place,
              String participants, boolean background) {
        this.report = report;
        this.article = article;
        this.locator = locator;
        this.type = type;
        this.date = date;
        this.place = place;
        this.participants = participants;
        this.background = background;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    public String getLocator() {
        return locator;
    }

    public void setLocator(String locator) {
        this.locator = locator;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** yyyy-mm-dd, yyyy-mm or yyyy, or null. */
    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    /** The place's label, or null. */
    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    /** The participants' IRIs, separated by spaces. */
    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public boolean isBackground() {
        return background;
    }

    public void setBackground(boolean background) {
        this.background = background;
    }
}
