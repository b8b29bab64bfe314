// One list in the encounter form (diagnoses, prescriptions, exams, fees): input fields, a list of
// what was added with warnings marked, Enter adds and Delete removes. Subclasses own the items.
#pragma once

#include <QGroupBox>
#include <QStringList>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace medchain::ui {

class EncounterSection : public QGroupBox {
    Q_OBJECT
public:
    /// name is the prefix of the children's object names: nameList, nameAdd, nameRemove,
    /// nameProblem.
    EncounterSection(const QString &name, QWidget *parent = nullptr);

    int count() const;
    /// Adds what the input fields hold; false (and the reason shown) when it is not valid.
    bool addInput();
    /// True when an input field holds text not added yet.
    virtual bool hasInput() const = 0;
    /// Empties the list and the input fields.
    void clear();
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    /// The input fields in tab order, for the form's tab order.
    virtual QList<QWidget *> inputs() const = 0;
    QWidget *firstInput() const { return inputs().constFirst(); }

signals:
    /// An item was added or removed.
    void changed();

protected:
    /// Where subclasses put their input fields (before the Add button).
    QHBoxLayout *inputRow() const { return m_inputRow; }
    /// Adds the input as an item; a non-empty return is why it could not be added.
    virtual QString addFromInput() = 0;
    virtual void removeItem(int row) = 0;
    virtual void clearItems() = 0;
    virtual void clearInput() = 0;
    struct Line {
        QString text;
        QString warning; // marks the line and becomes its tooltip when not empty
    };
    /// The items as the list shows them, in order.
    virtual QList<Line> lines() const = 0;
    /// Shows lines() again (after a change, or in another language); selects row if valid.
    void refresh(int row = -1);
    void setProblem(const QString &problem);
    /// Connects edit's Enter to addInput(), except while its completer's popup picks an entry.
    void addOnEnter(QLineEdit *edit);
    virtual void retranslateSection();
    void changeEvent(QEvent *event) override;

private:
    void removeCurrent();

    QHBoxLayout *m_inputRow = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace medchain::ui
