import QtQuick
import QtTest
import Brugboek.App
import Brugboek.Ui

// Toeleidingen: a status change in two taps lands in the history.
// TestCase is invisible: the page lives beside it, in this item.
Item {
    id: host
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "Toeleidingen"
        when: windowShown

        Component {
            id: pageComponent
            ToeleidingenPage {
                width: host.width
                height: host.height
            }
        }

        function init() {
            failOnWarning(/.*/)
        }

        // Clicks `item` once the layouts have placed it.
        function tap(item) {
            verify(item)
            tryVerify(() => item.visible && item.width > 0 && item.height > 0)
            wait(50)
            mouseClick(item)
        }

        function test_statusChange() {
            const page = createTemporaryObject(pageComponent, host)
            verify(page)
            const list = findChild(page, "referralList")
            verify(list)
            tryVerify(() => list.count > 0)
            // The registered referral of the test data.
            let row = -1
            for (let i = 0; i < list.count; ++i) {
                const item = list.itemAtIndex(i)
                if (item && item.status === "aangemeld")
                    row = i
            }
            verify(row >= 0)
            const delegate = list.itemAtIndex(row)
            const referralId = delegate.referralId
            tap(delegate)                         // shows its history beside the list
            compare(page.history.key, referralId)
            compare(page.history.count, 1)

            tap(findChild(delegate, "statusButton" + row))       // tap 1
            tryVerify(() => page.statusDialog.opened)
            const choice = findChild(page.statusDialog.contentItem, "choice_wachtlijst")
            verify(choice)
            tap(choice)                                          // tap 2
            tryVerify(() => !page.statusDialog.visible)

            compare(page.history.count, 2)
            compare(page.history.get(1, "status"), "wachtlijst")
            // Still open, now under "Wachtlijst".
            let found = false
            for (let j = 0; j < list.count; ++j) {
                const item = list.itemAtIndex(j)
                if (item && item.referralId === referralId) {
                    found = true
                    compare(item.status, "wachtlijst")
                }
            }
            verify(found)
        }
    }
}
