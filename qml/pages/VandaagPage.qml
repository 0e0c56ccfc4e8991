import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Home: the one big button for a new contact, and what needs attention today:
// follow-ups due and overdue, referrals to call about, the zitdag, the
// latest contacts.
Page {
    id: root

    readonly property bool wide: width >= Theme.splitWidth

    title: qsTr("Today")
    background: null

    TodayController {
        id: today
        context: AppContext
    }
    FollowUpModel {
        id: followUps
        objectName: "followUps"
        context: AppContext
        limit: 8
    }
    // Every list here is bounded (the LIMIT is in SQL): a large caseload has
    // thousands of calls due; the rest is one tap away on its own page.
    ReferralModel {
        id: calls
        objectName: "calls"
        context: AppContext
        needsCallOnly: true
        limit: 8
    }
    EncounterListModel {
        id: recent
        context: AppContext
        limit: 5
    }

    function open(page) {
        root.StackView.view.push(Qt.resolvedUrl(page))
    }

    // A tab page as the window's tab (Main.qml), else pushed.
    function openTab(page) {
        const window = root.ApplicationWindow.window
        if (window && typeof window.showPage === "function")
            window.showPage(Qt.resolvedUrl(page))
        else
            open(page)
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.spacing, 1200)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacing

            Label {
                Layout.topMargin: Theme.spacingLarge
                Layout.fillWidth: true
                text: today.todayText
                font.pixelSize: Theme.fontHeadline
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }

            Button {
                objectName: "newContact"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.bigButtonHeight
                text: qsTr("New contact")
                font.pixelSize: Theme.fontTitle
                highlighted: true
                Material.accent: Theme.primary
                onClicked: root.open("SchoolpoortPage.qml")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TwoLineButton {
                    objectName: "zitdag"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                    text: qsTr("Zitdag")
                    detail: today.zitdagBookedCount > 0
                            ? qsTr("%n booked today", "zitdag conversations", today.zitdagBookedCount)
                            : today.zitdagTodayCount > 0
                              ? qsTr("%n conversation(s) today", "", today.zitdagTodayCount)
                              : ""
                    onClicked: root.open("ZitdagPage.qml")
                }
                Button {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Home visit")
                    onClicked: root.open("HuisbezoekPage.qml")
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.width >= Theme.wideWidth ? 4 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                CountCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    value: today.dueTodayCount
                    label: qsTr("Follow-ups due today")
                }
                CountCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    value: today.overdueCount
                    label: qsTr("Overdue follow-ups")
                    attention: today.overdueCount > 0
                }
                CountCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    value: today.openReferralCount
                    label: qsTr("Open referrals", "toeleidingen")
                }
                CountCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    value: today.pendingChangeCount
                    label: qsTr("Changes not yet synced")
                }
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacingLarge
                columns: root.wide ? 2 : 1
                columnSpacing: Theme.spacingLarge
                rowSpacing: Theme.spacing

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: 0

                    SectionTitle {
                        text: qsTr("Follow-ups")
                    }
                    Repeater {
                        model: followUps
                        delegate: FollowUpDelegate {
                            Layout.fillWidth: true
                            onDoneClicked: followUps.complete(followUpId)
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: followUps.count === 0
                        text: qsTr("Nothing to follow up today.")
                        color: Theme.textSecondary
                    }
                    Button {
                        objectName: "allFollowUps"
                        Layout.alignment: Qt.AlignLeft
                        implicitHeight: Theme.touchTarget
                        flat: true
                        visible: followUps.totalCount > followUps.count
                        text: qsTr("Show all (%1)", "follow-ups").arg(followUps.totalCount)
                        onClicked: root.open("OpvolgingenPage.qml")
                    }

                    SectionTitle {
                        Layout.topMargin: Theme.spacing
                        text: qsTr("Referrals to call about")
                    }
                    Repeater {
                        model: calls
                        delegate: ReferralDelegate {
                            Layout.fillWidth: true
                            showStatus: true
                            onChangeStatusRequested: {
                                statusDialog.referralId = referralId
                                statusDialog.householdName = householdName
                                statusDialog.open()
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: calls.count === 0
                        text: qsTr("No calls due.")
                        color: Theme.textSecondary
                    }
                    Button {
                        objectName: "allCalls"
                        Layout.alignment: Qt.AlignLeft
                        implicitHeight: Theme.touchTarget
                        flat: true
                        visible: calls.totalCount > calls.count
                        text: qsTr("Show all (%1)", "referrals to call").arg(calls.totalCount)
                        onClicked: root.openTab("ToeleidingenPage.qml")
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: 0

                    SectionTitle {
                        text: qsTr("Recent contacts")
                    }
                    Repeater {
                        model: recent
                        delegate: EncounterDelegate {
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: recent.count === 0
                        text: qsTr("No contacts yet.")
                        color: Theme.textSecondary
                    }
                }
            }
        }
    }

    StatusDialog {
        id: statusDialog
        referrals: calls
    }
}
