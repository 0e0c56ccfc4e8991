pragma Singleton

import QtQuick

// Colours, spacing and sizes of the whole app; pages never hard-code them.
QtObject {
    readonly property color primary: "#1d5b79"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color accent: "#c8611f"
    readonly property color background: "#f4f6f8"
    readonly property color surface: "#ffffff"
    readonly property color textPrimary: "#1b2429"
    readonly property color textSecondary: "#56636b"
    readonly property color attention: "#b3261e"
    readonly property color attentionSurface: "#fdecea"
    readonly property color outline: "#c3ccd2"
    readonly property color selectedSurface: "#e3eef4"

    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingLarge: 24

    readonly property int fontSmall: 14
    readonly property int fontBody: 16
    readonly property int fontTitle: 20
    readonly property int fontHeadline: 26
    readonly property int fontFigure: 40

    // Nothing tappable is smaller than this (Material: 48 dp).
    readonly property int touchTarget: 48
    readonly property int listRowHeight: 72
    readonly property int bigButtonHeight: 72

    // Wider than this is a tablet or desktop layout.
    readonly property int wideWidth: 720
    // From this width a list and its detail sit side by side.
    readonly property int splitWidth: 900
    readonly property int listPaneWidth: 380
    // Text columns stay readable on wide screens.
    readonly property int contentMaxWidth: 960
}
