import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Who the contact (or booking) is with: a household found as you type, or
// (when allowed) a parent not yet known, described in a few words to link
// later. The controller is an EncounterController or a BookingController:
// both have householdId, householdName, unknownParent and selectHousehold().
ColumnLayout {
    id: root

    required property QtObject controller
    property bool allowUnknown: true
    readonly property bool chosen: controller.householdId.length > 0 || controller.unknownParent.length > 0

    // Called from a result row, which this removes: the work happens here.
    function pick(id, name) {
        search.clear()
        controller.selectHousehold(id, name)
    }
    function pickUnknown() {
        const text = search.text.trim()
        search.clear()
        controller.unknownParent = text
    }

    spacing: Theme.spacingSmall

    HouseholdSearchModel {
        id: hits
        context: AppContext
        query: search.text
        limit: 4
    }

    TextField {
        id: search
        objectName: "householdSearch"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        visible: !root.chosen
        placeholderText: root.allowUnknown ? qsTr("Household, or a few words about the parent")
                                           : qsTr("Household name")
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
        Accessible.name: qsTr("Search households")
    }

    Repeater {
        model: search.text.length > 0 && !root.chosen ? hits : null
        delegate: ItemDelegate {
            required property int index
            required property string householdId
            required property string displayName
            required property string members

            objectName: "householdHit" + index
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
            text: members.length > 0 ? qsTr("%1 (%2)").arg(displayName).arg(members) : displayName
            onClicked: root.pick(householdId, displayName)
        }
    }

    ItemDelegate {
        objectName: "unknownParent"
        Layout.fillWidth: true
        visible: root.allowUnknown && search.text.trim().length > 0 && !root.chosen
        implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        text: qsTr("Not yet known: “%1”").arg(search.text.trim())
        font.italic: true
        onClicked: root.pickUnknown()
    }

    Pane {
        Layout.fillWidth: true
        visible: root.chosen
        padding: 0
        background: Rectangle {
            radius: 4
            color: Theme.selectedSurface
        }

        RowLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                text: root.controller.householdId.length > 0
                      ? root.controller.householdName
                      : qsTr("Not yet known: “%1”").arg(root.controller.unknownParent)
                font.pixelSize: Theme.fontTitle
                elide: Text.ElideRight
            }
            ToolButton {
                objectName: "clearHousehold"
                text: "\u2715"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Choose someone else")
                onClicked: {
                    root.controller.clearHousehold()
                    root.controller.unknownParent = ""
                }
            }
        }
    }
}
