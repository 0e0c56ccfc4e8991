import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// The data on this device was erased: why, in plain words, and what now.
LockFrame {
    id: root
    objectName: "wipedPage"

    heading: AppLock.wipeReason === AppLock.DeviceRevoked
             ? qsTr("This device was disconnected")
             : qsTr("The data on this device was erased")

    Label {
        objectName: "wipedReason"
        Layout.fillWidth: true
        text: {
            switch (AppLock.wipeReason) {
            case AppLock.DeviceRevoked:
                return qsTr("The administrator of your team disconnected this device from the team's server. All Brugboek data on this device has been deleted.")
            case AppLock.TooManyWrongPins:
                return qsTr("The PIN was typed wrong too many times. To protect the families, all Brugboek data on this device has been deleted.")
            case AppLock.LeaseExpired:
                return qsTr("This device did not reach the team's server for too long. To protect the families, all Brugboek data on this device has been deleted.")
            default:
                return qsTr("All Brugboek data on this device has been deleted.")
            }
        }
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("What was synchronised before is still on the team's server. Ask your coordinator if you need this device again.")
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "startAgainButton"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: qsTr("Start again")
        onClicked: AppLock.startAgain()
    }
}
