import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Home: the one big button for a new contact, and what needs attention today.
Page {
    id: root

    title: qsTr("Today")
    background: null

    TodayController {
        id: today
        context: AppContext
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.spacing, Theme.contentMaxWidth)
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
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.bigButtonHeight
                text: qsTr("New contact")
                font.pixelSize: Theme.fontTitle
                highlighted: true
                Material.accent: Theme.primary
                onClicked: root.StackView.view.push(Qt.resolvedUrl("NieuwContactPage.qml"))
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacingLarge
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
        }
    }
}
