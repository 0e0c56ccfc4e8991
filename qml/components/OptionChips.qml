import QtQuick
import QtQuick.Controls
import Brugboek.App
import Brugboek.Ui

// The choices of an OptionModel as chips; a tap toggles one.
Flow {
    id: root

    required property OptionModel options

    spacing: Theme.spacingSmall

    Repeater {
        model: root.options
        delegate: ChoiceChip {
            required property string code
            required property string label
            required property bool selected

            objectName: "chip_" + code
            text: label
            checked: selected
            onClicked: root.options.toggle(code)
        }
    }
}
