// A new passphrase typed twice, for any dialog that makes a keystore (a patient's own identity,
// a practitioner enrolled at the desk). The text is cleared once taken.
#pragma once

#include "crypto/SecureBuffer.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace medchain::ui {

class NewPassphraseFields : public QWidget {
    Q_OBJECT
public:
    static constexpr int MinLength = 8;

    explicit NewPassphraseFields(QWidget *parent = nullptr);

    /// Why the passphrase cannot be used yet (too short, the two differ), or an empty string.
    QString problem() const;
    /// The passphrase as NFC UTF-8 in guarded memory; both fields are emptied.
    crypto::SecureBuffer take();
    void clear();
    QLineEdit *first() const { return m_first; }
    QLineEdit *repeat() const { return m_repeat; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_firstLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_repeat = nullptr;
};

} // namespace medchain::ui
