import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// Toeleidingen made inline with a contactmoment: an organisation of the
// sociale kaart, the need, and the list of those added so far.
ColumnLayout {
    id: root

    required property EncounterController controller
    property string organisationId
    property string organisationName

    // Called from a result row, which this removes: the work happens here.
    function choose(id, name) {
        organisationId = id
        organisationName = name
        orgSearch.clear()
    }

    spacing: Theme.spacingSmall

    OrganisationModel {
        id: organisations
        context: AppContext
        key: orgSearch.text
    }

    Repeater {
        model: root.controller.referrals
        delegate: RowLayout {
            required property int index
            required property string modelData

            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: "\u2192 " + modelData
                wrapMode: Text.Wrap
            }
            ToolButton {
                text: "\u2715"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Remove referral")
                onClicked: root.controller.removeReferral(index)
            }
        }
    }

    TextField {
        id: orgSearch
        objectName: "organisationSearch"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        visible: root.organisationId.length === 0
        placeholderText: qsTr("Refer to… (organisation or service)")
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
    }
    Repeater {
        model: orgSearch.text.length > 1 && root.organisationId.length === 0 ? organisations : null
        delegate: ItemDelegate {
            required property int index
            required property string organisationId
            required property string name
            required property string kindLabel

            objectName: "organisationHit" + index
            visible: index < 4
            Layout.fillWidth: true
            implicitHeight: visible ? Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding) : 0
            text: qsTr("%1 (%2)").arg(name).arg(kindLabel)
            onClicked: root.choose(organisationId, name)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.organisationId.length > 0
        spacing: Theme.spacingSmall

        Label {
            text: root.organisationName
            font.weight: Font.Medium
            elide: Text.ElideRight
            Layout.maximumWidth: root.width / 3
        }
        TextField {
            id: need
            objectName: "needField"
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            placeholderText: qsTr("Need, e.g. debt mediation")
        }
        Button {
            objectName: "addReferral"
            implicitHeight: Theme.touchTarget
            text: qsTr("Add")
            onClicked: {
                root.controller.addReferral(root.organisationId, root.organisationName, need.text)
                root.organisationId = ""
                root.organisationName = ""
                need.clear()
            }
        }
    }
}
