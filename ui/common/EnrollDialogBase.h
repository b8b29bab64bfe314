// What the dialogs that enroll someone with a new keystore share: the keystore file (suggested
// from the name until one is chosen), the passphrase typed twice, the checks, Enroll and Cancel.
// A subclass adds its own fields above the keystore's and says first what is wrong with them.
#pragma once

#include "crypto/SecureBuffer.h"

#include <QDialog>

#include <initializer_list>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace medchain::ui {

class NewPassphraseFields;
class SaveFileField;

class EnrollDialogBase : public QDialog {
    Q_OBJECT
public:
    ~EnrollDialogBase() override;

    /// The keystore file as typed, with ".mcid" when it has no suffix.
    QString keystorePath() const;
    /// After accepted(): the passphrase as NFC UTF-8 in guarded memory, once.
    crypto::SecureBuffer takePassphrase();
    /// Why the form cannot be accepted as it stands; empty when it can.
    QString problem() const;

public slots:
    /// Accepts only a complete form: otherwise says what is wrong and puts the cursor there.
    void accept() override;
    void done(int result) override;

protected:
    /// What is wrong with a field, and the field (the cursor goes there).
    struct FieldProblem {
        QString text;
        QWidget *field = nullptr;
    };
    /// The words that differ from one enrollment to another; set again on a language change.
    struct Texts {
        QString intro;
        QString keystoreLabel; // with its mnemonic, free among the subclass's
        QString passphraseNote;
        QString passphraseProblem; // %1: what is wrong with the passphrase
        QString noKeystore; // no file given; empty: NewKeystorePath's words
    };

    /// fallbackFileName names the suggested keystore when nothing of the name is left.
    EnrollDialogBase(const QString &fallbackFileName, QWidget *parent);

    /// A row of the subclass's fields, above the keystore's; without a label when label is null.
    void addField(QLabel *label, QWidget *field);
    /// The keystore file follows name (Documents/<name>.mcid) until the user types or browses.
    void suggestPathFrom(QLineEdit *name);
    /// Tab order: fields, then the keystore, the passphrase and the buttons; sizes the dialog.
    /// Called last by the subclass's constructor, once its texts are set.
    void finishForm(std::initializer_list<QWidget *> fields);
    void setTexts(const Texts &texts);
    /// The first problem with the subclass's own fields; they are checked first.
    virtual FieldProblem fieldProblem() const = 0;

    void changeEvent(QEvent *event) override;

private:
    FieldProblem firstProblem() const;
    void suggestPath(const QString &name);
    void retranslateUi();

    QString m_fallbackFileName;
    Texts m_texts;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_pathLabel = nullptr;
    SaveFileField *m_path = nullptr;
    QLabel *m_passphraseNote = nullptr;
    NewPassphraseFields *m_passphrase = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_pathChosen = false; // typed or browsed: stop suggesting one
    bool m_suggesting = false; // the path changes because the name did
    crypto::SecureBuffer m_passphraseUtf8;
};

} // namespace medchain::ui
