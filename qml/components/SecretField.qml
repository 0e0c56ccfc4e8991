import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Brugboek.Ui

// A PIN, passphrase or password: hidden, and the input method is asked not
// to learn it, predict it or offer it again.
TextField {
    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touchTarget
    echoMode: TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhHiddenText
}
