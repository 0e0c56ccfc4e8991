import QtQuick
import QtQuick.Controls
import QtTest
import Brugboek.App
import Brugboek.Ui

// Opvolgingen: every follow-up due, behind Vandaag's "Toon alle (N)"; a
// follow-up ticked off leaves the list and the others keep their place.
Item {
    id: host
    width: 1280
    height: 800

    StackView {
        id: stack
        anchors.fill: parent
    }

    TestCase {
        id: testCase
        name: "Opvolgingen"
        when: windowShown

        function init() {
            failOnWarning(/.*/)
        }

        function cleanup() {
            stack.clear()
        }

        function test_vandaagOpensAllFollowUps() {
            const vandaag = stack.push(Qt.resolvedUrl("qrc:/qt/qml/Brugboek/Ui/pages/VandaagPage.qml"))
            verify(vandaag)
            const shown = findChild(vandaag, "followUps")
            verify(shown.totalCount > shown.count, shown.totalCount + " due, " + shown.count + " shown")
            const all = findChild(vandaag, "allFollowUps")
            verify(all.visible)
            verify(all.text.indexOf("(" + shown.totalCount + ")") >= 0, all.text)
            all.clicked() // it may lie below the fold of the page's ScrollView
            tryVerify(() => stack.depth === 2)
            const page = stack.currentItem
            const model = findChild(page, "allFollowUps")
            verify(model)
            compare(model.count, shown.totalCount)
            compare(model.limit, 0)
        }

        function test_doneKeepsTheOthers() {
            const page = stack.push(Qt.resolvedUrl("qrc:/qt/qml/Brugboek/Ui/pages/OpvolgingenPage.qml"))
            const model = findChild(page, "allFollowUps")
            const list = findChild(page, "followUpList")
            tryVerify(() => model.count >= 10)
            const before = model.count
            const second = model.get(1, "followUpId")
            const third = model.get(2, "followUpId")
            verify(second.length > 0 && third.length > 0)
            let done = null
            tryVerify(() => (done = findChild(list, "followUpDone1")) !== null)
            mouseClick(done)
            tryCompare(model, "count", before - 1)
            // Removed row by row, not reset: the third is now second.
            compare(model.get(1, "followUpId"), third)
            for (let i = 0; i < model.count; ++i)
                verify(model.get(i, "followUpId") !== second)
        }
    }
}
