// A file to be written, typed or chosen with Browse…: for keystores and request files. The path
// is the field's text, so tests and keyboard users never need the native dialog.
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace medchain::ui {

class SaveFileField : public QWidget {
    Q_OBJECT
public:
    explicit SaveFileField(QWidget *parent = nullptr);

    /// As QFileDialog takes it, translated by the caller.
    void setFilter(const QString &filter) { m_filter = filter; }
    QString path() const;
    void setPath(const QString &path);
    QLineEdit *edit() const { return m_edit; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void retranslateUi();

    QLineEdit *m_edit = nullptr;
    QPushButton *m_browse = nullptr;
    QString m_filter;
};

} // namespace medchain::ui
