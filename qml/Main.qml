import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Brugboek.App
import Brugboek.Ui

// The window and its navigation; the pages do the rest.
ApplicationWindow {
    id: window

    // The pages of the tabs, in order.
    readonly property var tabPages: [
        String(Qt.resolvedUrl("pages/VandaagPage.qml")),
        String(Qt.resolvedUrl("pages/GezinnenPage.qml")),
        String(Qt.resolvedUrl("pages/ToeleidingenPage.qml")),
        String(Qt.resolvedUrl("pages/SocialeKaartPage.qml")),
        String(Qt.resolvedUrl("pages/InstellingenPage.qml"))
    ]

    // Shows `url` as the only page; the tabs and the self-test use it.
    function showPage(url) {
        stack.replace(null, url, {}, StackView.Immediate)
        const tab = tabPages.indexOf(String(url))
        if (tab >= 0)
            tabs.currentIndex = tab
    }

    // The page shown, for the self-test.
    function currentPage() {
        return stack.currentItem
    }

    // The lock pages, by AppLock.state; empty when unlocked.
    function lockPage() {
        switch (AppLock.state) {
        case AppLock.Setup:
            return Qt.resolvedUrl("pages/PinSetupPage.qml")
        case AppLock.Locked:
            return Qt.resolvedUrl("pages/UnlockPage.qml")
        case AppLock.Reauthenticate:
            return Qt.resolvedUrl("pages/ReauthPage.qml")
        case AppLock.Wiped:
            return Qt.resolvedUrl("pages/WipedPage.qml")
        default:
            return ""
        }
    }
    readonly property bool unlocked: AppLock.state === AppLock.Unlocked || AppLock.state === AppLock.Unavailable

    // Locking drops every page, and with them their models: nothing of the
    // data stays rendered or in memory of the UI behind the lock screen.
    Connections {
        target: AppLock
        function onStateChanged() {
            if (AppLock.state === AppLock.Unlocked)
                window.showPage(AppContext.storeOpen ? window.tabPages[0] : Qt.resolvedUrl("pages/StoreErrorPage.qml"))
            else if (AppLock.state === AppLock.Unavailable)
                window.showPage(Qt.resolvedUrl("pages/StoreErrorPage.qml"))
            else
                stack.clear(StackView.Immediate)
        }
    }

    width: 1280
    height: 800
    visible: true
    title: qsTr("Brugboek")
    font.pixelSize: Theme.fontBody
    color: Theme.background

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    header: ToolBar {
        visible: window.unlocked
        Material.foreground: Theme.textOnPrimary

        RowLayout {
            anchors.fill: parent
            spacing: 0

            ToolButton {
                visible: stack.depth > 1
                text: "\u2190"
                font.pixelSize: Theme.fontHeadline
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Back")
                onClicked: stack.pop()
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: stack.depth > 1 ? 0 : Theme.spacing
                text: (stack.currentItem as Page)?.title ?? ""
                font.pixelSize: Theme.fontTitle
                elide: Label.ElideRight
                verticalAlignment: Qt.AlignVCenter
            }
            SyncIndicator {
                compact: window.width < Theme.wideWidth
            }
        }
    }

    footer: TabBar {
        id: tabs
        visible: AppContext.storeOpen && window.unlocked

        Repeater {
            // A fixed model: a change of language retranslates the texts
            // without making the tabs anew (which would lose the current one).
            model: window.tabPages.length
            delegate: TabButton {
                required property int index

                text: [qsTr("Today"), qsTr("Households"), qsTr("Referrals", "toeleidingen"), qsTr("Social map"),
                    qsTr("Settings")][index]
                font.pixelSize: window.width < Theme.wideWidth ? Theme.fontSmall - 2 : Theme.fontBody
                font.capitalization: window.width < Theme.wideWidth ? Font.MixedCase : Font.AllUppercase
                leftPadding: 2
                rightPadding: 2
                implicitHeight: Theme.touchTarget + Theme.spacingSmall
                // Five tabs on a phone: a long name takes two lines rather than an ellipsis.
                contentItem: Label {
                    text: parent.text
                    font: parent.font
                    color: parent.checked ? Theme.accent : Theme.textPrimary
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                onClicked: window.showPage(window.tabPages[index])
            }
        }
    }

    ErrorBanner {
        id: banner
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: implicitHeight
        text: AppContext.storeOpen && window.unlocked ? AppContext.errorText : ""
    }

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: banner.bottom
        anchors.bottom: parent.bottom
        visible: window.unlocked
        initialItem: !window.unlocked ? null
                     : AppContext.storeOpen ? window.tabPages[0] : Qt.resolvedUrl("pages/StoreErrorPage.qml")
    }

    Loader {
        id: lockScreen
        objectName: "lockScreen"
        anchors.fill: parent
        active: !window.unlocked
        source: active ? window.lockPage() : ""
    }
}
